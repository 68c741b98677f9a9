-- The plan's own curve for 序时进度: the cumulative percentage of the project's work planned to be done
-- when a time node is reached. Optional; a project whose nodes have none is judged on a linear plan.
ALTER TABLE milestone ADD COLUMN planned_percent NUMERIC(5, 2)
    CHECK (planned_percent IS NULL OR planned_percent BETWEEN 0 AND 100);
