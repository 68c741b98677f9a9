-- A blocker whose project was completed or cancelled is flagged for review (复核), not closed silently.
ALTER TABLE issue ADD COLUMN review_flagged BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE issue ADD COLUMN review_reason TEXT;
CREATE INDEX issue_review_flagged ON issue (review_flagged) WHERE review_flagged;
