/**
 * Python decorators named in prose (adoption round 61): Spanish and Korean write-ups of a Django or
 * FastAPI service write "`@extend_schema`", "`@login_required`", "`@transaction.atomic`" or
 * "`@es_activo.setter`" with their `@`, and each was read as a chat handle (round 60's annotation list,
 * mention-words.ts, knew Java's only). A decorator is the name of code, never a person's account:
 *
 * - the decorators of Python's standard library and of its common frameworks (Django, Django REST
 *   framework, Celery, pytest, Pydantic, drf-spectacular, Flask, FastAPI, Click), exactly so written;
 * - a property's accessor (`@name.setter`, `.getter`, `.deleter`) and a call of a module's or an
 *   application object's decorator (`@pytest.fixture`, `@app.route`, `@router.get`, `@mock.patch`);
 * - words of English joined by underscores (`@model_validator`, `@trace_span`), as Python names its
 *   functions: a person's handle so written holds a name or a letter no dictionary knows
 *   (`@malte_j`, `@jane_doe`).
 *
 * Not a lone word outside the lists (`@cache` is listed, `@dev` is not) nor a dotted handle of a
 * person's shape (`@jane.doe`): those are judged as handles.
 */
import { isEnglishWord, isKnownFirstName } from './people.ts';

const decorators = new Set(`
property staticmethod classmethod abstractmethod abstractproperty dataclass cached_property lru_cache cache wraps
contextmanager asynccontextmanager overload override final total_ordering singledispatch singledispatchmethod
login_required permission_required user_passes_test staff_member_required csrf_exempt csrf_protect require_POST
require_GET require_http_methods never_cache cache_page method_decorator receiver api_view permission_classes
authentication_classes throttle_classes parser_classes renderer_classes action extend_schema extend_schema_view
extend_schema_field shared_task periodic_task validator field_validator model_validator root_validator
computed_field field_serializer model_serializer validate_call
`.trim().split(/\s+/));

/** Objects and modules whose attribute calls are decorators (`@app.route`, `@pytest.fixture`). */
const decoratorOwners = new Set(`
app router api bp blueprint pytest mock patch functools transaction admin register celery click typer
dataclasses abc contextlib unittest hypothesis
`.trim().split(/\s+/));

/** The accessors of a property (`@es_activo.setter`). */
const propertyAccessor = /^[A-Za-z_][A-Za-z0-9_]*\.(?:setter|getter|deleter)$/;

const isWordOfCode = (part: string) => part.length >= 2 && isEnglishWord(part) && !isKnownFirstName(part.charAt(0).toUpperCase() + part.slice(1));

/** True when `handle` (with its `@`) is a Python decorator's name, by the signs above. */
export function isPythonDecorator(handle: string): boolean {
  const name = handle.slice(1);
  if (decorators.has(name) || propertyAccessor.test(name)) return true;
  const dotted = name.split('.');
  if (dotted.length >= 2 && decoratorOwners.has(dotted[0]) && dotted.every((part) => /^[a-z_][a-z0-9_]*$/.test(part))) return true;
  const parts = name.split('_');
  return dotted.length === 1 && parts.length >= 2 && /^[a-z][a-z0-9_]*$/.test(name) && parts.every(isWordOfCode);
}
