-- Which published revision of its source a translation follows: set when the translation is
-- created and each time it is published. A source published again since then makes the
-- translation "source changed" until the translation is published again.
alter table kb_article add column source_revision int;
