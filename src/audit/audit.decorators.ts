import { SetMetadata } from '@nestjs/common';

export const RECORDS_READS = 'apx:audit-records-reads';

// Reads of this route by admin or auditor are recorded in the audit log, one entry per record in the answer (its
// `id`, or each `data[].id` of a page): they see records holding children's special-category data, so each such
// read is accountable (UK GDPR art. 5(2) and art. 9; DESIGN §1 "Child data is minimised").
export const RecordsReads = (subjectType: string) => SetMetadata(RECORDS_READS, subjectType);
