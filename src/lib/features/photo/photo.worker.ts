/**
 * Runs the pixel work off the main thread so the journal stays responsive while a 12 MP photo
 * is decoded and encoded. Answers `fallback` when it has no usable OffscreenCanvas.
 */
import type { PhotoRequest, PhotoResponse } from './photo-messages.ts';
import { PhotoError } from './photo-error.ts';
import { canUseOffscreen, offscreenSurface } from './photo-surface.ts';
import { renderPhoto } from './render-photo.ts';

const offscreen = canUseOffscreen();

async function handle({ id, file, header, redactions }: PhotoRequest): Promise<PhotoResponse> {
	if (!offscreen)
		return { id, ok: false, fallback: true, code: null, message: 'no OffscreenCanvas' };
	try {
		return { id, ok: true, photo: await renderPhoto(file, header, offscreenSurface, redactions) };
	} catch (error) {
		const code = error instanceof PhotoError ? error.code : null;
		return { id, ok: false, fallback: false, code, message: String(error) };
	}
}

addEventListener('message', (event: MessageEvent<PhotoRequest>) => {
	void handle(event.data).then((response) => postMessage(response));
});
