/** The duration rules of the référentiel (annex III.B), read from its data file. */
import rules from '$referentiel/stage-rules.json';
import type { StageRules } from '$lib/domain/stage-rules/stage-durations';

export function stageRules(): StageRules {
	return rules;
}
