import { ArgsType, Field, Int } from '@nestjs/graphql';
import {
  getMetadataStorage,
  isInt,
  IsInt,
  IsOptional,
  isString,
  IsString,
  max,
  Max,
  maxLength,
  MaxLength,
  min,
  Min,
} from 'class-validator';
import type { FieldProblem } from '../graphql/format-error';
import { MAX_PAGE_SIZE } from './cursor';

const MAX_CURSOR_LENGTH = 500;

/** The Relay page arguments every cursor-paginated list takes; list args extend this class. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE} (default 20)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_CURSOR_LENGTH) after?: string;
}

/**
 * The problems class-validator finds in PageArgs' `first` and `after`, found by its own checks
 * without its per-call machinery (every paginated query pays that, the feed most): the same
 * messages, in the order class-validator lists them (a unit test holds the two together).
 */
export function pageArgsProblems(args: { first?: unknown; after?: unknown }): FieldProblem[] {
  const out: FieldProblem[] = [];
  const { first, after } = args;
  if (first !== undefined && first !== null) {
    const problems = [
      ...(max(first, MAX_PAGE_SIZE) ? [] : [`first must not be greater than ${MAX_PAGE_SIZE}`]),
      ...(min(first, 1) ? [] : ['first must not be less than 1']),
      ...(isInt(first) ? [] : ['first must be an integer number']),
    ];
    if (problems.length) out.push({ field: 'first', problems });
  }
  if (after !== undefined && after !== null) {
    const problems = [
      ...(maxLength(after, MAX_CURSOR_LENGTH)
        ? []
        : [`after must be shorter than or equal to ${MAX_CURSOR_LENGTH} characters`]),
      ...(isString(after) ? [] : ['after must be a string']),
    ];
    if (problems.length) out.push({ field: 'after', problems });
  }
  return out;
}

const onlyPageArgs = new WeakMap<object, boolean>();

/**
 * Whether `metatype` is PageArgs or a class extending it that adds no validation of its own, so
 * pageArgsProblems checks all it declares (its arguments are `first` and `after` only: the
 * caller checks that of each value).
 */
export function validatesAsPageArgs(metatype: new () => unknown): boolean {
  let known = onlyPageArgs.get(metatype);
  if (known === undefined) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(metatype, '', false, false);
    known = metatype.prototype instanceof PageArgs || metatype === PageArgs;
    known &&= metadata.length > 0 && metadata.every((m) => m.target === PageArgs);
    onlyPageArgs.set(metatype, known);
  }
  return known;
}
