import type { GuideMessages } from '../../shared/messages/guide';
import { guideConfig } from '../guide-config';
import type { Handlers } from './types';

export const guideHandlers: Handlers<keyof GuideMessages> = {
  'guide/config': ({ payload }) => guideConfig(payload.host),
};
