import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/domain-error';

export const unknownQualificationTypes = (field: string, ids: string[]) =>
  new BadInputError('UNKNOWN_QUALIFICATION_TYPE', `No qualification type has the id ${ids.join(', ')}`, {
    field,
    ids,
  });

export const qualificationTypeNameTaken = (name: string) =>
  new ConflictError('QUALIFICATION_TYPE_EXISTS', `A qualification type named "${name}" already exists`, {
    field: 'name',
  });

export const qualificationAlreadyPending = () =>
  new ConflictError(
    'QUALIFICATION_PENDING',
    'A request for this qualification is already waiting for a decision',
  );

export const qualificationNotFound = (id: string) => new NotFoundError('Qualification', id);

export const qualificationAlreadyDecided = (status: string) =>
  new ConflictError('QUALIFICATION_DECIDED', `This request was already decided (${status})`, { status });

export const duplicateProfession = (code: string) =>
  new BadInputError('DUPLICATE_PROFESSION', `${code} is listed twice`, { field: 'professions' });
