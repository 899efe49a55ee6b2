// Settings and the FSRS optimiser's methods: the library's scheduling settings, and fitting FSRS parameters
// to the person's own history (src/backend/optimiser).
import type { Api } from '../../core/api.js';
import type { OptimizerService } from '../optimiser/optimizer-service.js';
import type { Scheduling } from '../scheduling/settings.js';

export type SettingsMethods = Pick<Api, 'getSettings' | 'setSettings' | 'optimizerStatus' | 'optimizeNow'>;

export function makeSettingsMethods(scheduling: Scheduling, optimizer: OptimizerService): SettingsMethods {
  return {
    async getSettings() {
      return scheduling.settings;
    },
    async setSettings({ settings }) {
      return scheduling.save(settings);
    },
    async optimizerStatus() {
      return optimizer.status();
    },
    async optimizeNow() {
      await optimizer.run();
      return optimizer.status();
    },
  };
}
