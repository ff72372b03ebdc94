'use client';
import { forwardRef, type HTMLAttributes, useId } from 'react';
import { isSynodicOwnerView, type SynodicUser } from '../core/SynodicUser';
import { classNames } from './classNames';
import { type FormattedNumber, formatNumber } from './formatNumber';
import { useFormatSettings } from './formatSettings';
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
  /** Value text of a progress bar: `45,903 of 50,000 inference frames`. `figure` is the figure's label. */
  valueText: (value: string, limit: string, figure: string) => string;
  /** Shown instead of figures when the response is another user's view (no usage fields). */
  ownerOnly: string;
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
  valueText: (value, limit, figure) => `${value} of ${limit} ${figure.toLowerCase()}`,
  ownerOnly: 'Usage is visible only to the account owner.',
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
            {user.payment_details ? text.paymentOnFile : text.paymentMissing}
          </p>
          <dl className="rum-usage-figures">
            {USAGE_FIGURES.map((figure) => {
              const value = user[figure];
              const shown = formatNumber(value, format.locale);
              const limit = limits?.[figure] ?? 0;
              // Only a positive, finite limit gets a bar and a state.
              const max =
                limit > 0 && limit < Number.POSITIVE_INFINITY ? formatNumber(limit, format.locale) : undefined;
              // ARIA wants the value within min..max; the value text keeps the real figure.
              const within = Math.min(Math.max(value, 0), limit);
              return (
                <div
                  key={figure}
                  className="rum-usage-figure"
                  data-figure={figure}
                  data-state={max && (value >= limit ? 'over' : value >= limit * nearLimitRatio ? 'near' : 'ok')}
                >
                  <dt id={`${id}${figure}`}>{text[figure]}</dt>
                  <dd>
                    {figureText(shown)}
                    {max && (
                      <>
                        <span className="rum-usage-limit" aria-hidden="true">
                          {' '}
                          {text.limit(max.short)}
                        </span>
                        <span
                          role="progressbar"
                          className="rum-meter"
                          aria-labelledby={`${id}${figure}`}
                          aria-valuemin={0}
                          aria-valuemax={limit}
                          aria-valuenow={within}
                          aria-valuetext={text.valueText(shown.full, max.full, text[figure])}
                        >
                          <span className="rum-meter-bar" style={{ width: `${(within / limit) * 100}%` }} />
                        </span>
                      </>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      ) : (
        <p className="rum-usage-owner-only">{text.ownerOnly}</p>
      )}
    </section>
  );
});

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
