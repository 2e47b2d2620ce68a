"""The office vault: SQLCipher database, keyslots, migrations, repositories and search."""
