-- How much of its room an onboarding's projection reflects: the number of operations in the room
-- (the sum of the clocks of its Yjs state vector), the same on every peer holding the same
-- updates and growing with every change. The playbooks overview compares the server's with the
-- device's and keeps on the device only the project rooms it does not hold as the server has them.
-- Null for rows projected before this column (such a room is kept, as before, until it changes).
alter table onboarding_state add column version bigint;
