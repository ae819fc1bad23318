-- The trust state of each published article this device keeps (verified on, needs verification,
-- source changed), as JSON (`ArticleTrust` in src/lib/domain/kb.ts, or null): the list shows it
-- offline. Projected from the published room's meta like the rest of the row.
alter table kb_published add column trust text;
