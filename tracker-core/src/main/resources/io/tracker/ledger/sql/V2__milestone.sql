-- Version 2 of the ledger schema: the milestone (节点) a report names as reached (docs/ledger.md).
-- Rows written before it name none ('').
ALTER TABLE progress_report ADD COLUMN milestone VARCHAR(200) DEFAULT '' NOT NULL;
