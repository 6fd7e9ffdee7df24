import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env';

describe('loadConfig', () => {
  it('defaults to the embedded store in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('reads DATABASE_URL, PORT, DATA_DIR and WEB_CONCURRENCY', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://u@db:5432/registry',
      PORT: '8080',
      DATA_DIR: '/var/lib/registry',
      WEB_CONCURRENCY: '2',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgresql://u@db:5432/registry',
      port: 8080,
      dataDir: '/var/lib/registry',
      webConcurrency: 2,
    });
  });

  it('reads PUBLIC_URL without its trailing slash; without it, links follow the request', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://reestr.example/' }).publicUrl).toBe('https://reestr.example');
    expect(loadConfig({}).publicUrl).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc"/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL="mysql:\/\/x": must be a postgresql:\/\/ URL/],
    [{ WEB_CONCURRENCY: '0' }, /WEB_CONCURRENCY/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ PUBLIC_URL: 'reestr.example' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'ftp://reestr.example' }, /PUBLIC_URL/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  const s3 = {
    MATERIALS_S3_ENDPOINT: 'https://storage.yandexcloud.net',
    MATERIALS_S3_BUCKET: 'registry-materials',
    MATERIALS_S3_REGION: 'ru-central1',
    MATERIALS_S3_ACCESS_KEY_ID: 'key-id',
    MATERIALS_S3_SECRET_ACCESS_KEY: 'secret',
  };

  it('keeps material files in the database unless every MATERIALS_S3_* is set', () => {
    expect(loadConfig({}).materialsS3).toBeUndefined();
    expect(loadConfig({ ...s3, MATERIALS_S3_FORCE_PATH_STYLE: 'false' }).materialsS3).toEqual({
      endpoint: 'https://storage.yandexcloud.net',
      bucket: 'registry-materials',
      region: 'ru-central1',
      accessKeyId: 'key-id',
      secretAccessKey: 'secret',
      forcePathStyle: false,
    });
    expect(loadConfig(s3).materialsS3?.forcePathStyle).toBe(true);
  });

  it('refuses to start with only some MATERIALS_S3_* set, naming the missing ones', () => {
    const { MATERIALS_S3_BUCKET: _bucket, MATERIALS_S3_SECRET_ACCESS_KEY: _secret, ...partial } = s3;
    expect(() => loadConfig(partial)).toThrow(ConfigError);
    expect(() => loadConfig(partial)).toThrow(/MATERIALS_S3_BUCKET is missing/);
    expect(() => loadConfig(partial)).toThrow(/MATERIALS_S3_SECRET_ACCESS_KEY is missing/);
    expect(() => loadConfig({ ...s3, MATERIALS_S3_ENDPOINT: 'storage.example' })).toThrow(
      /MATERIALS_S3_ENDPOINT="storage.example"/,
    );
  });
});
