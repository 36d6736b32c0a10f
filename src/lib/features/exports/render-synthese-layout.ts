/**
 * Geometry of the tableau de synthèse on landscape A4 (millimetres). Kept apart from the
 * renderer so the browser test can find which column an X was drawn in.
 */
export const SYNTHESE_PAGE = { width: 297, height: 210, margin: 10, bottom: 16 } as const;
export const ACHIEVEMENT_WIDTH = 80;
export const PERIOD_WIDTH = 24;
export const SUB_COLUMNS = 22;
export const SUB_WIDTH =
	(SYNTHESE_PAGE.width - 2 * SYNTHESE_PAGE.margin - ACHIEVEMENT_WIDTH - PERIOD_WIDTH) / SUB_COLUMNS;

/** Left edge of sub-competence column `index` (0-based, in the model's order). */
export function subColumnX(index: number): number {
	return SYNTHESE_PAGE.margin + ACHIEVEMENT_WIDTH + PERIOD_WIDTH + index * SUB_WIDTH;
}
