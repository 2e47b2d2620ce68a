"""Files from outside are read by one reader: capped while reading, refused in words."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from rete_desktop.errors import BadInput
from rete_desktop.storage.incoming import read_limited, read_stream


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    (tmp_path / "card.json").write_bytes(b"x" * 10)
    assert read_limited(tmp_path / "card.json", 10) == b"x" * 10


def test_a_file_over_the_limit_is_refused_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "big.age").write_bytes(b"x" * 11)
    with pytest.raises(BadInput) as refused:
        read_limited(tmp_path / "big.age", 10)
    assert refused.value.message_id == "file.too_large"
    text = refused.value.message("it")
    assert "big.age" in text and "troppo grande" in text


@pytest.mark.parametrize("name", ["missing.age", "."])
def test_an_unreadable_path_is_refused_in_the_users_language(tmp_path: Path, name: str) -> None:
    with pytest.raises(BadInput) as refused:
        read_limited(tmp_path / name, 10)
    assert refused.value.message_id == "file.unreadable"
    assert refused.value.message("it").startswith("Impossibile leggere il file")
    assert "Errno" not in refused.value.message("en")


def test_standard_input_is_capped_the_same_way() -> None:
    with pytest.raises(BadInput):
        read_stream(io.BytesIO(b"x" * 11), 10, "-")
    assert read_stream(io.BytesIO(b"abc"), 10, "-") == b"abc"
