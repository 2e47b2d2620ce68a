"""The network handbook: who does what, a common language, shared protocols, prevention.

Qt-free. Member profiles, the glossary, protocol versions and prevention actions travel with the
coordinator's signed network directory (:mod:`rete_desktop.handbook.sections`); "who to call"
rules are data (``resources/who-to-call.json``) evaluated against the profiles.
"""
