'use client';
import { forwardRef, type HTMLAttributes, useId } from 'react';
import { isSynodicOwnerView, type SynodicUser } from '../core/SynodicUser';
import { classNames } from './classNames';
import { type FormattedNumber, formatNumber } from './formatNumber';
import { useFormatSettings } from './formatSettings';
import { Icon } from './Icon';
import type { HeadingLevel } from './ProfileCard';

/** The four counters Synodic reports, in the order the panel shows them. */
export const USAGE_FIGURES = ['autotrain_units', 'autolabel_images', 'inference_frames', 'models_trained'] as const;
export type UsageFigure = (typeof USAGE_FIGURES)[number];

/** `ok` below `nearLimitRatio` of the limit, `near` from there, `over` at or past the limit. */
export type UsageLimitState = 'ok' | 'near' | 'over';

/** Every visible (and screen-reader) string of `UsagePanel` and `SynodicUsagePanel`. */
export interface UsagePanelLabels extends Record<UsageFigure, string> {
  title: string;
  /** Read before the plan badge. */
  plan: string;
  /** Text of the badge; the default prettifies the API's value (`pay-as-you-go` → `Pay as you go`). */
  planName: (plan: string) => string;
  paymentOnFile: string;
  paymentMissing: string;
  /** Visible limit next to a figure (`of 50K`). */
  limit: (limit: string) => string;
  /** Share of the limit used, under the bar (`82% of limit`); `percent` is formatted for the locale. */
  percentOfLimit: (percent: string) => string;
  /** Under the bar past the limit (`Over by 50`); `excess` is formatted for the locale. */
  overBy: (excess: string) => string;
  /** Value text of a progress bar: `45,903 of 50,000 inference frames`. `figure` is the figure's label. */
  valueText: (value: string, limit: string, figure: string) => string;
  /** Shown instead of figures when the response is another user's view (no usage fields). */
  ownerOnly: string;
  /** First line of `SynodicUsagePanel`'s error state, in plain language. */
  loadFailed: string;
  /** Announced while `SynodicUsagePanel` loads. */
  loading: string;
  /** Body of `SynodicUsagePanel`'s not-found state. */
  notFound: (username: string) => string;
}

export const defaultUsagePanelLabels: UsagePanelLabels = {
  title: 'Usage',
  plan: 'Plan',
  planName: (plan) => {
    const words = plan.replace(/[-_\s]+/g, ' ').trim();
    return words ? words[0]?.toUpperCase() + words.slice(1) : 'Unknown';
  },
  paymentOnFile: 'Payment details on file',
  paymentMissing: 'No payment details on file',
  autotrain_units: 'Autotrain units',
  autolabel_images: 'Autolabel images',
  inference_frames: 'Inference frames',
  models_trained: 'Models trained',
  limit: (limit) => `of ${limit}`,
  percentOfLimit: (percent) => `${percent} of limit`,
  overBy: (excess) => `Over by ${excess}`,
  valueText: (value, limit, figure) => `${value} of ${limit} ${figure.toLowerCase()}`,
  ownerOnly: 'Usage is visible only to the account owner.',
  loadFailed: 'Couldn’t load usage',
  loading: 'Loading usage…',
  notFound: (username) => `There is no Synodic user named “${username}”.`,
};

export type UsageLimits = Partial<Record<UsageFigure, number>>;

export interface UsagePanelProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  user: SynodicUser;
  /** BCP 47 tag for numbers; defaults to the viewer's (after hydration; `en-US` on the server). */
  locale?: string;
  labels?: Partial<UsagePanelLabels>;
  /** Your plan's limits (Synodic documents none); each figure with a positive limit gets a progress bar. */
  limits?: UsageLimits;
  /** Share of a limit from which a figure is `near` it; default 0.8. */
  nearLimitRatio?: number;
  /** Level of the panel's heading. Default 3. */
  headingLevel?: HeadingLevel;
  className?: string;
}

/** Plan, payment status and usage figures of the owner's view of a Synodic user. */
export const UsagePanel = forwardRef<HTMLElement, UsagePanelProps>(function UsagePanel(
  { user, locale, labels, limits, nearLimitRatio = 0.8, headingLevel = 3, className, ...rest },
  ref,
) {
  const text = { ...defaultUsagePanelLabels, ...labels };
  const id = useId();
  const format = useFormatSettings(locale);
  const Heading = `h${headingLevel}` as 'h3';
  const owner = isSynodicOwnerView(user);
  return (
    <section
      aria-labelledby={id}
      data-view={owner ? 'owner' : 'public'}
      {...rest}
      ref={ref}
      className={classNames('rum-root rum-usage-panel', className)}
    >
      <div className="rum-usage-header">
        <Heading id={id} className="rum-usage-title">
          {text.title}
        </Heading>
        {owner && (
          <p className="rum-usage-plan">
            <span className="rum-sr">{text.plan}: </span>
            <span className="rum-badge" data-plan={user.plan}>
              {text.planName(user.plan)}
            </span>
          </p>
        )}
      </div>
      {owner ? (
        <>
          <p className="rum-usage-payment" data-state={user.payment_details ? 'on-file' : 'missing'}>
            <Icon name={user.payment_details ? 'check-circle' : 'warning'} />
            {user.payment_details ? text.paymentOnFile : text.paymentMissing}
          </p>
          <dl className="rum-usage-figures">
            {USAGE_FIGURES.map((figure) => (
              <UsageFigureItem
                key={figure}
                figure={figure}
                value={user[figure]}
                limit={limits?.[figure] ?? 0}
                nearLimitRatio={nearLimitRatio}
                locale={format.locale}
                labelId={`${id}${figure}`}
                text={text}
              />
            ))}
          </dl>
        </>
      ) : (
        <p className="rum-usage-owner-only">
          <Icon name="lock" />
          {text.ownerOnly}
        </p>
      )}
    </section>
  );
});

interface UsageFigureItemProps {
  figure: UsageFigure;
  value: number;
  /** Anything but a positive, finite number means "no limit": no bar, no state. */
  limit: number;
  nearLimitRatio: number;
  locale: string | undefined;
  labelId: string;
  text: UsagePanelLabels;
}

/** One figure: its label, value, and with a limit a bar and the state in words (not colour alone). */
function UsageFigureItem({ figure, value, limit, nearLimitRatio, locale, labelId, text }: UsageFigureItemProps) {
  const shown = formatNumber(value, locale);
  const max = limit > 0 && limit < Number.POSITIVE_INFINITY ? formatNumber(limit, locale) : undefined;
  const state: UsageLimitState | undefined =
    max && (value >= limit ? 'over' : value >= limit * nearLimitRatio ? 'near' : 'ok');
  // ARIA wants the value within min..max; the value text keeps the real figure.
  const within = Math.min(Math.max(value, 0), limit);
  return (
    <div className="rum-usage-figure" data-figure={figure} data-state={state}>
      <dt id={labelId}>{text[figure]}</dt>
      <dd>
        <span className="rum-usage-amount">
          {figureText(shown)}
          {max && (
            <span className="rum-usage-limit" aria-hidden="true">
              {text.limit(max.short)}
            </span>
          )}
        </span>
        {max && (
          <>
            <span
              role="progressbar"
              className="rum-meter"
              aria-labelledby={labelId}
              aria-valuemin={0}
              aria-valuemax={limit}
              aria-valuenow={within}
              aria-valuetext={text.valueText(shown.full, max.full, text[figure])}
            >
              <span className="rum-meter-bar" style={{ width: `${(within / limit) * 100}%` }} />
            </span>
            <span className="rum-usage-status">
              {state !== 'ok' && <Icon name={state === 'over' ? 'alert' : 'warning'} />}
              {value > limit
                ? text.overBy(formatNumber(value - limit, locale).full)
                : text.percentOfLimit(formatPercent(value / limit, locale))}
            </span>
          </>
        )}
      </dd>
    </div>
  );
}

/** Whole percent, rounded down: 99.6 % of a limit is not yet "100%". */
function formatPercent(ratio: number, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(Math.max(ratio, 0) * 100) / 100,
  );
}

/** A compact figure for the eye (`45.9K`, exact in its tooltip), the exact one for screen readers. */
function figureText(value: FormattedNumber) {
  if (value.short === value.full) return <span className="rum-usage-value">{value.full}</span>;
  return (
    <>
      <span className="rum-usage-value" title={value.full} aria-hidden="true">
        {value.short}
      </span>
      <span className="rum-sr">{value.full}</span>
    </>
  );
}
