-- A participant who can no longer score (their client unassigned, their account deactivated)
-- would keep a calibration session from ever being revealed. A director or the session's
-- creator removes them: the row stays, marked, with whatever they had answered, but they no
-- longer count — not for the reveal, not in the agreement. Only while the session is open and
-- before they submit (server/services/qa-calibration.ts).
alter table qa_calibration_participant
	add column removed_at timestamptz,
	add column removed_by text references app_user (id),
	add constraint qa_calibration_participant_removed
		check ((removed_at is null) = (removed_by is null) and (removed_at is null or submitted_at is null));
