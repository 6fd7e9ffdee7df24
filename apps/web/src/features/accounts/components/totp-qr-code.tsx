import { useEffect, useState } from 'react';
import { accountsMessages as m } from '../messages';

/**
 * The otpauth link as a QR code for the authenticator app. The QR library is loaded only on
 * this page (a dynamic import), so it does not weigh on the rest of the site.
 */
export function TotpQrCode({ otpauthUrl }: { otpauthUrl: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qrcode) => qrcode.toDataURL(otpauthUrl, { margin: 2, width: 220, errorCorrectionLevel: 'M' }))
      .then((url) => live && setSrc(url))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [otpauthUrl]);
  if (failed) return <p>{m.totpQrFailed}</p>;
  if (!src) return <p className="totp-setup__qr-placeholder">{m.totpQrLoading}</p>;
  return <img className="totp-setup__qr" src={src} width={220} height={220} alt={m.totpQrAlt} />;
}
