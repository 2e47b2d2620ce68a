"""How packets travel by themselves: e-mail/PEC, a shared folder, a USB stick (issue 13).

One module per way (``mail``, ``folder``), plus what they share: ``settings`` (kept in the vault),
``routes`` (how each member receives, from the directory), ``deliveries`` (the outgoing states),
``inbox`` (filing what arrives, exactly once), ``send`` (sealed packet -> each recipient's way).
Qt-free: the CLI and the GUI call the same functions.
"""
