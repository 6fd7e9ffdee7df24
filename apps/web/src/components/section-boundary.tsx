import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ReactNode, Suspense } from 'react';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

interface BoundaryProps {
  onReset: () => void;
  children: ReactNode;
}

class ErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  private retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error) return <ErrorState error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}

/**
 * Wraps one data section of a page, so that a failing or loading section shows its own state
 * while the rest of the page stays usable. Retrying also resets the failed queries inside.
 */
export function SectionBoundary({ children, loadingLabel }: { children: ReactNode; loadingLabel?: string }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset}>
          <Suspense fallback={<LoadingState label={loadingLabel} />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
