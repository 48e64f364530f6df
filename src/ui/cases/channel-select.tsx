import { CASE_CHANNELS, type CaseChannel } from '../../model/case-types';
import { t } from '../../wording/i18n';
import { channelLabel } from './labels';

/** The support-channel field of the new-case form, the details form and the log form. */
export function ChannelSelect(props: {
  id: string;
  value: CaseChannel;
  onChange(channel: CaseChannel): void;
}) {
  return (
    <>
      <label for={props.id}>{t('caseChannel')}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as CaseChannel)}
      >
        {CASE_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {channelLabel(c)}
          </option>
        ))}
      </select>
    </>
  );
}
