/**
 * The fields a zod object schema keeps, as paths (`tutor.email`, `covers.id`): top-level keys and,
 * for a key holding an object or an array of objects, its keys one level down. Wrappers
 * (optional, nullable, default, preprocess/pipe, readonly, catch) are looked through. Used so the
 * privacy notice lists exactly what the schemas store, and a test fails when they drift apart.
 */
import type { z } from 'zod';

interface Def {
	type?: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): Def {
	return (schema as unknown as { def: Def }).def;
}

/** The object shape under any wrapper, or null when the schema is not an object. */
function shapeOf(schema: z.ZodType, depth = 0): Record<string, z.ZodType> | null {
	if (depth > 10) return null;
	const def = defOf(schema);
	if (def.type === 'object')
		return (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
	if (def.innerType) return shapeOf(def.innerType, depth + 1);
	if (def.type === 'pipe') {
		return (
			(def.out && shapeOf(def.out, depth + 1)) ?? (def.in && shapeOf(def.in, depth + 1)) ?? null
		);
	}
	return null;
}

/** The element of an array under any wrapper, or null. */
function arrayElement(schema: z.ZodType, depth = 0): z.ZodType | null {
	if (depth > 10) return null;
	const def = defOf(schema);
	if (def.type === 'array') return def.element ?? null;
	if (def.innerType) return arrayElement(def.innerType, depth + 1);
	if (def.type === 'pipe') {
		return (
			(def.out && arrayElement(def.out, depth + 1)) ??
			(def.in && arrayElement(def.in, depth + 1)) ??
			null
		);
	}
	return null;
}

/** Field paths of an object schema; throws when `schema` is not an object schema. */
export function schemaFields(schema: z.ZodType): string[] {
	const shape = shapeOf(schema);
	if (!shape) throw new Error('schemaFields: an object schema is expected');
	const paths: string[] = [];
	for (const [key, value] of Object.entries(shape)) {
		paths.push(key);
		const element = arrayElement(value);
		const nested = shapeOf(element ?? value);
		if (nested) for (const sub of Object.keys(nested)) paths.push(`${key}.${sub}`);
	}
	return paths;
}
