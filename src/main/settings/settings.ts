// The app's own settings (app_settings): the name of the person working, which the history
// of the records writes beside every change.
import { userInfo } from 'node:os';
import type { ServiceInput } from '../../shared/contract';
import type { AppSettings } from '../../shared/settings/settings-calls';
import type { ServiceContext } from '../services/context';
import { settingValue, storeSetting } from '../register/queries';

const workerNameKey = 'workerName';
const fallbackWorkerName = 'Thư ký';

let computerUser: string | undefined;

/**
 * The computer's user name, asked once (every edit writes it); userInfo() throws where the
 * account has no entry (some containers, domain accounts).
 */
export function defaultWorkerName(): string {
  if (computerUser === undefined) {
    try {
      computerUser = userInfo().username.trim() || fallbackWorkerName;
    } catch {
      computerUser = fallbackWorkerName;
    }
  }
  return computerUser;
}

/** An empty value stored means the secretary cleared the name: the default stands again. */
export function workerName(ctx: ServiceContext): string {
  return settingValue(ctx.db, workerNameKey) || defaultWorkerName();
}

export function appSettings(ctx: ServiceContext): AppSettings {
  return { workerName: workerName(ctx), defaultWorkerName: defaultWorkerName() };
}

export function updateAppSettings(ctx: ServiceContext, input: ServiceInput<'settings.update'>): AppSettings {
  storeSetting(ctx.db, workerNameKey, input.workerName ?? '');
  return appSettings(ctx);
}
