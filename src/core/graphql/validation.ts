import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, InputValidationError } from './format-error';
import { pageArgsProblems, validatesAsPageArgs } from '../pagination/page.args';
import { controlCharacterProblems } from './input-hygiene';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, problems: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** GraphQL arguments (GqlParamtype.ARGS; @nestjs/graphql hands them to pipes as 'body') and the HTTP inputs a controller may declare. */
const CHECKED_TYPES = new Set<unknown>([3, 'body', 'query', 'param']);

/**
 * The one gate of every input: control characters refused in any string of any argument or
 * input object (see input-hygiene.ts), then class-validator on the DTO. Failures become
 * BAD_USER_INPUT naming each field, before a resolver runs — so nothing is written.
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CHECKED_TYPES.has(metadata.type)) {
      const problems = controlCharacterProblems(value, metadata.metatype, metadata.data);
      if (problems.length > 0) throw new InputValidationError(problems);
    }
    // Page arguments alone (first, after): the same checks and messages without the generic
    // machinery, which would cost every paginated query more than its own work.
    const { metatype } = metadata;
    if (
      metatype &&
      CHECKED_TYPES.has(metadata.type) &&
      isPageArgsValue(value) &&
      validatesAsPageArgs(metatype)
    ) {
      const problems = pageArgsProblems(value);
      if (problems.length > 0) throw new InputValidationError(problems);
      return Object.assign(new metatype() as object, value);
    }
    return super.transform(value, metadata);
  }
}

function isPageArgsValue(value: unknown): value is { first?: unknown; after?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) if (key !== 'first' && key !== 'after') return false;
  return true;
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new InputValidationError(flatten(errors)),
  });
}
