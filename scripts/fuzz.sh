#!/usr/bin/env bash
# Runs the property tests under many seeds (default 1..100), each in a bounded
# process, and names every seed that fails, hangs or runs out of memory.
# Usage: npm run test:fuzz [-- FIRST LAST]
first=${1:-1}
last=${2:-100}
failed=()
for seed in $(seq "$first" "$last"); do
  if ! PROPERTY_SEED=$seed NODE_OPTIONS=--max-old-space-size=1024 timeout 120 \
    npx jest test/core/property.test.ts test/core/recheck-window.test.ts test/core/recheck-side-by-side.test.ts --maxWorkers=1 --silent >/dev/null 2>&1; then
    echo "seed $seed failed: PROPERTY_SEED=$seed npx jest test/core/property.test.ts test/core/recheck-window.test.ts test/core/recheck-side-by-side.test.ts"
    failed+=("$seed")
  fi
done
echo "seeds $first..$last: ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
