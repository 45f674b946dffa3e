"""What a date line says its date is: the publication (counts more) or the
last update (counts less). `Publié le 12 mars …, modifié le 13 mars …`."""

from __future__ import annotations

from .chrome._lexicon import contains_any, phrase_set

PUBLISHED = phrase_set([
    "published", "posted", "publié", "publié le", "veröffentlicht", "erschienen", "publicado", "pubblicato",
    "gepubliceerd", "publisert", "publicerad", "udgivet", "julkaistu", "opublikowano", "опубликовано",
    "опубліковано", "publicat", "yayınlanma", "diterbitkan", "đăng", "ngày đăng", "发布", "發布", "发表",
    "發表", "公開", "配信", "게시", "입력", "송고", "نشر في", "نشر", "פורסם", "เผยแพร่",
])
UPDATED = phrase_set([
    "updated", "last updated", "modified", "mis à jour", "modifié", "modifié le", "aktualisiert",
    "actualizado", "actualización", "aggiornato", "atualizado", "bijgewerkt", "oppdatert", "uppdaterad",
    "opdateret", "päivitetty", "zaktualizowano", "обновлено", "оновлено", "güncellendi", "diperbarui",
    "cập nhật", "更新", "最終更新", "수정", "آخر تحديث", "تحديث", "עודכן", "อัปเดต",
])
PUBLISHED_WEIGHT = 1.5
UPDATED_WEIGHT = 0.3


LABEL_REACH = 30  # characters before a date that may hold its label


def labelled_as_update(line: str, evidence: str) -> bool:
    """Whether the words just before this date call it an update."""
    position = line.find(evidence)
    before = line[max(0, position - LABEL_REACH):position] if position >= 0 else ""
    return contains_any(before, UPDATED) is not None


def date_label_weight(line: str) -> float:
    # A line with both ("Published …, updated …") is decided per date by the
    # dates module's own order; here the publication label wins.
    if contains_any(line, PUBLISHED):
        return PUBLISHED_WEIGHT
    if contains_any(line, UPDATED):
        return UPDATED_WEIGHT
    return 1.0
