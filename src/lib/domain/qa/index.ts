/**
 * Quality assurance: scorecards (versioned per client), review scoring and IQS, calibration.
 * Pure: shared by the browser, the server and the jobs.
 */

export {
	CATEGORY_FIELDS,
	MAX_CATEGORIES,
	MAX_CATEGORY_ID_LENGTH,
	MAX_DESCRIPTION_LENGTH,
	MAX_NAME_LENGTH,
	MAX_WEIGHT,
	QaInputError,
	SCALES,
	WEIGHT_DECIMALS,
	categoryInput,
	diffScorecards,
	nextVersion,
	scaleRange,
	scaleValues,
	scorecardInput,
	type Category,
	type CategoryChange,
	type CategoryField,
	type Scale,
	type Scorecard,
	type ScorecardDiff,
	type ScorecardInput,
	type VersionMeta
} from './scorecard';
export {
	NA,
	SCORING_FORMULAS,
	answersInput,
	categoryScore,
	formatPercent,
	iqs,
	iqsBy,
	scoreReview,
	validateAnswers,
	type Answer,
	type CategoryResult,
	type IqsGroup,
	type ReviewScore,
	type ScoringFormula
} from './scoring';
export {
	calibrationAgreement,
	reviewScoreSpread,
	type CalibrationAgreement,
	type CalibrationSubmission,
	type CategoryAgreement,
	type ReviewerAgreement,
	type TicketSpread
} from './calibration';
export {
	MAX_DISPUTE_TEXT,
	QaDisputeError,
	disputeInput,
	openDispute,
	raiseDispute,
	resolutionInput,
	resolveDispute,
	type DisputeInput,
	type RaiseInput,
	type Resolution
} from './disputes';
