/**
 * The teacher countersigns with their name, drawn as a PNG (the visa schema stores a signature
 * image): a countersignature attests the teacher read the signed content, so no hand-drawn
 * signature is asked on a laptop.
 */
import { TeacherError } from './teacher-actions';

export function nameSignature(name: string): string {
	const canvas = document.createElement('canvas');
	canvas.width = 480;
	canvas.height = 120;
	const context = canvas.getContext('2d');
	if (!context) throw new TeacherError('Impossible de dessiner la signature sur cet appareil.');
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.fillStyle = '#1e3a8a';
	context.font = 'italic 40px Georgia, serif';
	context.textBaseline = 'middle';
	context.fillText(name, 20, 60, 440);
	return canvas.toDataURL('image/png');
}
