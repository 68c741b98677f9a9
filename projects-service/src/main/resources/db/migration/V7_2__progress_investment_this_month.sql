-- 本月完成投资: the investment a month's report says was completed in that month (万元); optional, and only
-- on a month's report. The year's completed investment as of a day is the sum over the year's months of the
-- latest such figure filed by that day.
ALTER TABLE progress_report ADD COLUMN investment_this_month NUMERIC(14, 2) CHECK (investment_this_month >= 0);
CREATE INDEX progress_report_month_investment ON progress_report (project_id, period, reported_at)
    WHERE investment_this_month IS NOT NULL;
