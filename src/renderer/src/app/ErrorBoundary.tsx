import { Component, type ReactNode } from 'react';

interface State {
  readonly failed: boolean;
}

/** A screen that fails to draw shows a way back instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="screen">
        <p className="notice error">
          Màn hình này gặp lỗi khi hiển thị. Dữ liệu đã lưu không bị ảnh hưởng. Hãy chọn một mục khác ở bên trái hoặc
          tải lại cửa sổ.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Tải lại
        </button>
      </div>
    );
  }
}
