-- The published revision a device holds for each article: the knowledge base list opens only the
-- rooms whose revision the server has moved past, instead of every published article each visit.
-- Null for rows projected before publishes recorded their number in the room.
alter table kb_published add column revision int;
