import type { Migration } from '../migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-imports';
import { migration0003 } from './0003-deferred-search-index';
import { migration0004 } from './0004-person-name-key';
import { migration0005 } from './0005-inserts-without-triggers';
import { migration0006 } from './0006-drafting';
import { migration0007 } from './0007-format-profiles';
import { migration0008 } from './0008-document-headers';
import { migration0009 } from './0009-conference-day';
import { migration0010 } from './0010-checklist';
import { migration0011 } from './0011-attendee-status-by-point';
import { migration0012 } from './0012-meeting-reports';
import { migration0013 } from './0013-attendee-file-order';
import { migration0014 } from './0014-point-units';
import { migration0015 } from './0015-own-point';
import { migration0016 } from './0016-body-symbols';
import { migration0017 } from './0017-position-ranks';
import { migration0018 } from './0018-documents-around';
import { migration0019 } from './0019-record-history';

/** In order; the last one's version is the schema this build of the app writes. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
];
export const latestSchemaVersion = migrations.length;
