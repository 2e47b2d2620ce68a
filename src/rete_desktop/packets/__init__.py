"""Everything that crosses the office boundary: member cards, the signed network directory,
referral packets, the register and receipts. Import the submodules directly."""
