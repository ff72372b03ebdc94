import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { UsagePanel, type UsagePanelProps } from '../../src/components/UsagePanel';
import { ownerUser, publicUser } from './synodicFixtures';

function renderPanel(props: Partial<UsagePanelProps> = {}) {
  return render(<UsagePanel user={ownerUser} locale="en-US" {...props} />);
}

/** The <div> of one figure in the description list, found by its term. */
function figure(name: string): HTMLElement {
  return screen.getByText(name, { selector: 'dt' }).parentElement as HTMLElement;
}

describe('UsagePanel', () => {
  it('is a section named by its heading, in the owner view', () => {
    renderPanel();
    const panel = screen.getByRole('region', { name: 'Usage' });
    expect(panel).toHaveAttribute('data-view', 'owner');
    expect(panel).toHaveClass('rum-root', 'rum-usage-panel');
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveTextContent('Usage');
  });

  it('shows the plan as a badge, prettified, after a screen-reader label', () => {
    const { container } = renderPanel();
    const badge = container.querySelector('.rum-badge');
    expect(badge).toHaveTextContent(/^Pay as you go$/);
    expect(badge).toHaveAttribute('data-plan', 'pay-as-you-go');
    expect(badge?.parentElement).toHaveTextContent('Plan: Pay as you go');
  });

  it.each([
    ['enterprise_plus', 'Enterprise plus'],
    ['Team', 'Team'],
    ['', 'Unknown'],
    ['<b>free</b>', '<b>free</b>'],
  ])('shows the unknown plan %j as %j', (plan, shown) => {
    const { container } = renderPanel({ user: { ...ownerUser, plan } });
    expect(container.querySelector('.rum-badge')?.textContent).toBe(shown);
    expect(container.querySelector('b')).toBeNull();
  });

  it('says payment details are on file', () => {
    renderPanel();
    expect(screen.getByText('Payment details on file')).toHaveAttribute('data-state', 'on-file');
  });

  it('warns when payment details are missing', () => {
    renderPanel({ user: { ...ownerUser, payment_details: false } });
    expect(screen.getByText('No payment details on file')).toHaveAttribute('data-state', 'missing');
  });

  it('lists the four figures as terms and values', () => {
    renderPanel();
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Autotrain units', 'Autolabel images', 'Inference frames', 'Models trained']);
    expect(within(figure('Autotrain units')).getByRole('definition')).toHaveTextContent(/^12$/);
    expect(within(figure('Models trained')).getByRole('definition')).toHaveTextContent(/^3$/);
  });

  it('shows large figures compact, with the exact value in a tooltip and for screen readers', () => {
    renderPanel();
    const frames = within(figure('Inference frames')).getByRole('definition');
    const visible = frames.querySelector('[aria-hidden="true"]');
    expect(visible).toHaveTextContent('45.9K');
    expect(visible).toHaveAttribute('title', '45,903');
    expect(frames.querySelector('.rum-sr')).toHaveTextContent('45,903');
    expect(within(figure('Autolabel images')).getByRole('definition').querySelector('.rum-sr')).toHaveTextContent(
      '1,234,567',
    );
  });

  it('formats figures for the locale', () => {
    renderPanel({ locale: 'de-DE' });
    const images = within(figure('Autolabel images')).getByRole('definition');
    expect(images.querySelector('[aria-hidden="true"]')).toHaveTextContent('1,2 Mio.');
    expect(images.querySelector('.rum-sr')).toHaveTextContent('1.234.567');
  });

  it('has no progress bars without limits', () => {
    renderPanel();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(figure('Inference frames')).not.toHaveAttribute('data-state');
  });

  describe('limits', () => {
    it('gives each limited figure a named progress bar with value text', () => {
      renderPanel({ limits: { inference_frames: 50_000 } });
      const bar = screen.getByRole('progressbar', { name: 'Inference frames' });
      expect(bar).toHaveAttribute('aria-valuemin', '0');
      expect(bar).toHaveAttribute('aria-valuemax', '50000');
      expect(bar).toHaveAttribute('aria-valuenow', '45903');
      expect(bar).toHaveAttribute('aria-valuetext', '45,903 of 50,000 inference frames');
      expect(screen.getAllByRole('progressbar')).toHaveLength(1);
      expect(within(figure('Inference frames')).getByText('of 50K')).toBeInTheDocument();
    });

    it('is ok below the near-limit ratio, near from it, over at or past the limit', () => {
      renderPanel({
        limits: { autotrain_units: 100, inference_frames: 50_000, models_trained: 3, autolabel_images: 1_000_000 },
      });
      expect(figure('Autotrain units')).toHaveAttribute('data-state', 'ok');
      expect(figure('Inference frames')).toHaveAttribute('data-state', 'near');
      expect(figure('Models trained')).toHaveAttribute('data-state', 'over');
      expect(figure('Autolabel images')).toHaveAttribute('data-state', 'over');
    });

    it('says the state in words under each bar, not in colour alone', () => {
      renderPanel({
        limits: { autotrain_units: 100, inference_frames: 50_000, models_trained: 3, autolabel_images: 1_000_000 },
      });
      expect(figure('Inference frames')).toHaveTextContent('91% of limit');
      // Exactly at the limit: no "Over by 0".
      expect(figure('Models trained')).toHaveTextContent('100% of limit');
      expect(figure('Autolabel images')).toHaveTextContent('Over by 234,567');
      // An icon marks near and over; it is decoration, the words carry the meaning.
      expect(figure('Inference frames').querySelector('.rum-icon')).toHaveAttribute('aria-hidden', 'true');
      expect(figure('Autotrain units').querySelector('.rum-usage-status .rum-icon')).toBeNull();
    });

    it('rounds the share down, so a figure short of its limit never reads 100%', () => {
      renderPanel({ limits: { inference_frames: 45_904 } });
      expect(figure('Inference frames')).toHaveTextContent('99% of limit');
    });

    it('keeps aria-valuenow within the range when over, with the real value in the text', () => {
      renderPanel({ limits: { autolabel_images: 1_000_000 } });
      const bar = screen.getByRole('progressbar', { name: 'Autolabel images' });
      expect(bar).toHaveAttribute('aria-valuenow', '1000000');
      expect(bar).toHaveAttribute('aria-valuetext', '1,234,567 of 1,000,000 autolabel images');
      expect(bar.querySelector('.rum-meter-bar')).toHaveStyle({ width: '100%' });
    });

    it('fills the bar in proportion to the value', () => {
      renderPanel({ limits: { autotrain_units: 48 } });
      const bar = screen.getByRole('progressbar', { name: 'Autotrain units' });
      expect(bar.querySelector('.rum-meter-bar')).toHaveStyle({ width: '25%' });
    });

    it('takes the near-limit ratio from nearLimitRatio', () => {
      renderPanel({ limits: { inference_frames: 50_000 }, nearLimitRatio: 0.95 });
      expect(figure('Inference frames')).toHaveAttribute('data-state', 'ok');
    });

    it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('ignores the limit %s', (limit) => {
      renderPanel({ limits: { inference_frames: limit } });
      expect(screen.queryByRole('progressbar')).toBeNull();
      expect(figure('Inference frames')).not.toHaveAttribute('data-state');
    });
  });

  it('tells another user’s view apart, never showing zeros', () => {
    const { container } = renderPanel({ user: publicUser, limits: { inference_frames: 10 } });
    const panel = screen.getByRole('region', { name: 'Usage' });
    expect(panel).toHaveAttribute('data-view', 'public');
    expect(panel).toHaveTextContent('Usage is visible only to the account owner.');
    expect(screen.queryByRole('term')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(container.querySelector('.rum-badge')).toBeNull();
    expect(panel.textContent).not.toMatch(/\d/);
  });

  it('takes every visible string from labels', () => {
    renderPanel({
      user: { ...ownerUser, payment_details: false },
      limits: { inference_frames: 50_000 },
      locale: 'de-DE',
      labels: {
        title: 'Nutzung',
        plan: 'Tarif',
        planName: (plan) => (plan === 'pay-as-you-go' ? 'Nach Verbrauch' : plan),
        paymentMissing: 'Keine Zahlungsdaten hinterlegt',
        inference_frames: 'Inferenz-Frames',
        limit: (limit) => `von ${limit}`,
        valueText: (value, limit, name) => `${value} von ${limit} ${name}`,
      },
    });
    const panel = screen.getByRole('region', { name: 'Nutzung' });
    expect(panel).toHaveTextContent('Tarif: Nach Verbrauch');
    expect(panel).toHaveTextContent('Keine Zahlungsdaten hinterlegt');
    const bar = screen.getByRole('progressbar', { name: 'Inferenz-Frames' });
    expect(bar).toHaveAttribute('aria-valuetext', '45.903 von 50.000 Inferenz-Frames');
    expect(within(figure('Inferenz-Frames')).getByText('von 50.000')).toBeInTheDocument();
  });

  it('uses the owner-only label', () => {
    renderPanel({ user: publicUser, labels: { ownerOnly: 'Nur für den Kontoinhaber sichtbar.' } });
    expect(screen.getByText('Nur für den Kontoinhaber sichtbar.')).toBeInTheDocument();
  });

  it('merges className, spreads HTML props and forwards the ref', () => {
    const ref = createRef<HTMLElement>();
    render(<UsagePanel ref={ref} user={ownerUser} className="mine" data-testid="panel" headingLevel={2} />);
    const panel = screen.getByTestId('panel');
    expect(panel).toBe(ref.current);
    expect(panel).toHaveClass('rum-usage-panel', 'mine');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Usage');
  });
});
