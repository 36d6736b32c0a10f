/** The duration rules of the référentiel (annex III.B), read from its data. */
import { referentiel } from '$lib/domain/referentiel/referentiel';
import type { StageRules } from '$lib/domain/stage-rules/stage-durations';

export function stageRules(): StageRules {
	return referentiel.stageRules;
}
