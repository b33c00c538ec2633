import { CreateFoundation1795551412521 } from '../../migrations/1795551412521-CreateFoundation';
import { AddOrganisationCalendars1795551731153 } from '../../migrations/1795551731153-AddOrganisationCalendars';
import { AddProviderDirectory1795551763475 } from '../../migrations/1795551763475-AddProviderDirectory';
import { AddPricesCapacityAndCallOffs1795553028297 } from '../../migrations/1795553028297-AddPricesCapacityAndCallOffs';
import { AddMatchingInputsCounter1795600000000 } from '../../migrations/1795600000000-AddMatchingInputsCounter';
import { CapacityDeclarationsByLastDeclared1795600100000 } from '../../migrations/1795600100000-CapacityDeclarationsByLastDeclared';
import { CallOffIdempotencyKey1795600200000 } from '../../migrations/1795600200000-CallOffIdempotencyKey';
import { CountChangesPerLot1795600300000 } from '../../migrations/1795600300000-CountChangesPerLot';
import { CapacityLockAndLoad1795600400000 } from '../../migrations/1795600400000-CapacityLockAndLoad';
import { CreateRateLimits1795600500000 } from '../../migrations/1795600500000-CreateRateLimits';
import { AddAuditLog1796384686549 } from '../../migrations/1796384686549-AddAuditLog';
import { EventsAppendOnly1796394785331 } from '../../migrations/1796394785331-EventsAppendOnly';
import { AddEventsWebhooksAndJobWorkers1796388141046 } from '../../migrations/1796388141046-AddEventsWebhooksAndJobWorkers';
import { AddSpotPurchases1796394741265 } from '../../migrations/1796394741265-AddSpotPurchases';
import { AddFrameworkHighCostThreshold1796395059158 } from '../../migrations/1796395059158-AddFrameworkHighCostThreshold';
import { AddBudgetsAndSpendImports1796395006571 } from '../../migrations/1796395006571-AddBudgetsAndSpendImports';
import { AddAttendance1796394896702 } from '../../migrations/1796394896702-AddAttendance';
import { AddOutcomeRulesAndClaims1796395103751 } from '../../migrations/1796395103751-AddOutcomeRulesAndClaims';
import { AddInvoicesAndAbsenceBillingPolicy1796396010554 } from '../../migrations/1796396010554-AddInvoicesAndAbsenceBillingPolicy';
import { AddReviewsAndInitialReviewSetting1796394962861 } from '../../migrations/1796394962861-AddReviewsAndInitialReviewSetting';
import { ReviewSchedulesFollowCallOffChanges1796404694455 } from '../../migrations/1796404694455-ReviewSchedulesFollowCallOffChanges';
import { RefuseUnless1796405000000 } from '../../migrations/1796405000000-RefuseUnless';
import { CapacityHoldTotals1796405100000 } from '../../migrations/1796405100000-CapacityHoldTotals';
import { DropCapacityLockAndLoad1796405200000 } from '../../migrations/1796405200000-DropCapacityLockAndLoad';
import { EventRelay1796405300000 } from '../../migrations/1796405300000-EventRelay';
import { ApiKeysChangedNotice1796405400000 } from '../../migrations/1796405400000-ApiKeysChangedNotice';
import { WebhookSubscriptionsFromXid1796405500000 } from '../../migrations/1796405500000-WebhookSubscriptionsFromXid';

// Every migration, in order. `npm run migration:generate -- Name` writes the file; add its class here.
export const MIGRATIONS = [
  CreateFoundation1795551412521,
  AddOrganisationCalendars1795551731153,
  AddProviderDirectory1795551763475,
  AddPricesCapacityAndCallOffs1795553028297,
  AddMatchingInputsCounter1795600000000,
  CapacityDeclarationsByLastDeclared1795600100000,
  CallOffIdempotencyKey1795600200000,
  CountChangesPerLot1795600300000,
  CapacityLockAndLoad1795600400000,
  CreateRateLimits1795600500000,
  AddAuditLog1796384686549,
  AddEventsWebhooksAndJobWorkers1796388141046,
  EventsAppendOnly1796394785331,
  AddSpotPurchases1796394741265,
  AddAttendance1796394896702,
  AddBudgetsAndSpendImports1796395006571,
  AddFrameworkHighCostThreshold1796395059158,
  AddOutcomeRulesAndClaims1796395103751,
  AddInvoicesAndAbsenceBillingPolicy1796396010554,
  AddReviewsAndInitialReviewSetting1796394962861,
  ReviewSchedulesFollowCallOffChanges1796404694455,
  RefuseUnless1796405000000,
  CapacityHoldTotals1796405100000,
  DropCapacityLockAndLoad1796405200000,
  EventRelay1796405300000,
  ApiKeysChangedNotice1796405400000,
  WebhookSubscriptionsFromXid1796405500000,
];
