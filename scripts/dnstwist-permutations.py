#!/usr/bin/python3
"""Writes dnstwist's permutations of each domain given, offline (no DNS), for the lookalike eval.

    /usr/bin/python3 scripts/dnstwist-permutations.py DOMAIN... > FILE

Output: a header of `#` lines (dnstwist's version, the command), then one block per domain:
`= domain`, and `fuzzer<TAB>permutation` lines, sorted. The original domain itself is left out.
"""
import sys

import dnstwist


def main(domains):
    print(f'# dnstwist {dnstwist.__version__} (Debian package dnstwist), Fuzzer(domain).generate()')
    print('# made by: npm run eval -- --dnstwist --regenerate')
    print(f'# i.e.: /usr/bin/python3 scripts/dnstwist-permutations.py {" ".join(domains)}')
    for domain in domains:
        fuzzer = dnstwist.Fuzzer(domain)
        fuzzer.generate()
        rows = sorted(
            (p['fuzzer'], p['domain'])
            for p in fuzzer.permutations()
            if p['fuzzer'] != '*original' and p['domain'] != domain
        )
        print(f'= {domain}')
        for name, permutation in rows:
            print(f'{name}\t{permutation}')


if __name__ == '__main__':
    main(sys.argv[1:])
