// Whose documents these are, said under the conference's name: the host's, or the point the
// secretary sits at (chosen on the points tab, "Đặt làm điểm cầu của tôi").
import { useEffect, useState } from 'react';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { call, errorMessage } from '../../lib/api';
import { showToast } from '../../app/toasts';

export function OwnPointLine({ conference, onChanged }: { conference: Conference; onChanged: () => void }) {
  // undefined while the point is read.
  const [name, setName] = useState<string | null | undefined>(undefined);
  const { ownPointId } = conference;
  useEffect(() => {
    let current = true;
    setName(ownPointId === null ? null : undefined);
    if (ownPointId === null) return;
    call('conferenceBridgePoints.get', { id: ownPointId })
      // The main room's point speaks for the host, as the services read it.
      .then((point) => current && setName(point.isMain ? null : point.name))
      .catch((error: unknown) => current && showToast({ kind: 'error', message: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [ownPointId]);

  const backToHost = () =>
    call('conferences.update', { id: conference.id, ownPointId: null })
      .then(onChanged)
      .catch((error: unknown) => showToast({ kind: 'error', message: errorMessage(error) }));

  if (name === undefined) return <p className="own-point" aria-busy="true" />;
  if (name === null)
    return (
      <p className="muted own-point">
        Văn bản viết theo đơn vị chủ trì. Thư ký ngồi tại một điểm cầu khác: chọn điểm cầu đó ở thẻ{' '}
        <a href={`#/hoi-nghi/${conference.id}/points`}>Điểm cầu</a> rồi bấm "Đặt làm điểm cầu của tôi".
      </p>
    );
  return (
    <p className="own-point">
      Văn bản viết từ <strong>{name}</strong> (điểm cầu của tôi): đơn vị của điểm cầu ban hành, tính đại biểu của điểm
      cầu và các điểm cầu trực thuộc.{' '}
      <button type="button" className="link-button" onClick={() => void backToHost()}>
        Viết theo đơn vị chủ trì
      </button>
    </p>
  );
}
