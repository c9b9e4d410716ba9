#!/usr/bin/env python3
"""Dump the messages of a Qt Linguist .ts file in the mapping format of ts_fill.py.

Usage: ts_dump.py FILE.ts [--unfinished] [--with-translations] [--english]

--english proposes English translations for the source language's .ts: the source text, and for
numerus messages the singular and plural forms made from "(s)", "(es)", "(ies)" (review them).

Output, one block per context:
    ## ContextName
    #c disambiguation comment        (only if the message has one)
    #x extra comment for translators  (informational)
    #n                               (numerus message)
    source text (newlines written as \\n)
    = translation                    (empty unless --with-translations)
"""
import sys
import xml.etree.ElementTree as ET


def esc(s):
    return (s or '').replace('\\', '\\\\').replace('\n', '\\n')


def main():
    args = sys.argv[1:]
    path = args[0]
    only_unfinished = '--unfinished' in args
    with_tr = '--with-translations' in args
    english = '--english' in args
    root = ET.parse(path).getroot()
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        out = []
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            unfinished = tr is None or tr.get('type') == 'unfinished'
            if only_unfinished and not unfinished:
                continue
            block = []
            if msg.findtext('comment'):
                block.append('#c ' + esc(msg.findtext('comment')))
            if msg.findtext('extracomment'):
                block.append('#x ' + esc(msg.findtext('extracomment')))
            numerus = msg.get('numerus') == 'yes'
            if numerus:
                block.append('#n')
            block.append(esc(msg.findtext('source')))
            text = ''
            if english:
                src = msg.findtext('source') or ''
                if numerus:
                    one = src.replace('entr(ies)', 'entry').replace('(es)', '').replace('(s)', '')
                    many = src.replace('entr(ies)', 'entries').replace('(es)', 'es').replace('(s)', 's')
                    text = esc(one) + ' ||| ' + esc(many)
                else:
                    text = esc(src)
            elif with_tr and tr is not None:
                if numerus:
                    forms = [f.text or '' for f in tr.findall('numerusform')]
                    text = ' ||| '.join(esc(f) for f in forms)
                else:
                    text = esc(tr.text)
            block.append('= ' + text)
            out.append('\n'.join(block))
        if out:
            print('## ' + name)
            print('\n\n'.join(out))
            print()


if __name__ == '__main__':
    main()
