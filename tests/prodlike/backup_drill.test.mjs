// scripts/backup-drill.sh against a deployment: base backup, WAL archive, restore to a point
// in time into a new cluster with every save before it and none after, within RTO and RPO.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { root, startDeployment } from './deployment.mjs';

let deployment;
before(async () => { deployment = await startDeployment(); });
after(async () => { await deployment?.stop(); });

test('the backup drill restores to the target time exactly and reports within the objectives', (t) => {
  const out = execFileSync(path.join(root, 'scripts/backup-drill.sh'), [deployment.dir], { cwd: root, encoding: 'utf8', timeout: 180000 });
  assert.match(out, /backup drill passed/);
  const report = JSON.parse(readFileSync(path.join(deployment.dir, 'backup-drill/report.json'), 'utf8'));
  assert.equal(report.passed, true);
  assert.equal(report.saves_before_target_missing, 0);
  assert.equal(report.saves_after_target_present, 0);
  assert.ok(report.saves_before_target > 0 && report.saves_after_target > 0);
  assert.ok(report.recovery_seconds < report.rto_seconds);
  assert.ok(report.rpo_exposure_seconds <= report.rpo_seconds);
  // The restored cluster is stopped and the live one is untouched.
  assert.equal(deployment.psql('SELECT 1'), '1');
  assert.equal(deployment.psql('SELECT pg_is_in_recovery()'), 'f');
  t.diagnostic(`figures: base backup ${report.base_backup_seconds} s, recovery ${report.recovery_seconds} s ` +
    `(RTO ${report.rto_seconds} s), saves lost ${report.saves_before_target_missing}, ` +
    `RPO exposure ${report.rpo_exposure_seconds} s (RPO ${report.rpo_seconds} s)`);
});
