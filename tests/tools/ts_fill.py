#!/usr/bin/env python3
"""Fill the translations of a Qt Linguist .ts file from mapping files (format: see ts_dump.py).

Usage: ts_fill.py FILE.ts MAP [MAP...] [--check-only]

Every message whose (context, source, disambiguation) appears in a map gets that translation
and loses type="unfinished". For numerus messages the map gives the forms separated by
" ||| " (one form for zh_CN, singular ||| plural for en). Each translation is checked
(placeholders, accelerator, HTML tags, trailing colon/ellipsis/newline) before it is written;
the script exits 1 on a problem, and lists map entries that match no message and messages
that stay unfinished. Run lupdate (update_translations) afterwards to restore its formatting.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:L?[1-9]|n|Ln)')
TAG = re.compile(r'</?([a-zA-Z]+)[^>]*>')


def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == '\\' and i + 1 < len(s):
            out.append({'n': '\n', '\\': '\\'}.get(s[i + 1], '\\' + s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


def read_maps(paths):
    entries = {}
    for path in paths:
        ctx, meta = None, {}
        pending = None
        with open(path, encoding='utf-8') as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip('\n')
                where = '%s:%d' % (path, lineno)
                if line.startswith('## '):
                    ctx, meta, pending = line[3:].strip(), {}, None
                elif line == '':
                    continue
                elif line.startswith('#c '):
                    meta['comment'] = unesc(line[3:])
                elif line.startswith('#x '):
                    pass
                elif line == '#n':
                    meta['numerus'] = True
                elif line.startswith('= ') or line == '=':
                    if pending is None:
                        sys.exit('%s: translation without source' % where)
                    text = unesc(line[2:])
                    key = (ctx, pending, meta.get('comment', ''))
                    entries[key] = (text, where)
                    pending, meta = None, {}
                else:
                    if pending is not None:
                        sys.exit('%s: source without translation before this line' % where)
                    pending = unesc(line)
    return entries


def accelerator(text):
    """The accelerator letter of text (upper case), or None; && is a literal ampersand."""
    m = re.search(r'(?<!&)&(?!&)(\w)', text.replace('&&', ''))
    return m.group(1).upper() if m else None


def problems(source, translation, numerus):
    out = []
    if not translation.strip():
        return ['empty translation']
    src_ph = sorted(set(PLACEHOLDER.findall(source)))
    tr_ph = sorted(set(PLACEHOLDER.findall(translation)))
    if numerus:
        src_ph = [p for p in src_ph if p != '%n']
        tr_ph = [p for p in tr_ph if p != '%n']
    if src_ph != tr_ph:
        out.append('placeholders %s != %s' % (src_ph, tr_ph))
    a = accelerator(source)
    if a and accelerator(translation) != a:
        out.append('accelerator &%s lost' % a)
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        out.append('HTML tags differ')
    if source.endswith(':') and not translation.endswith((':', '：')):
        out.append('trailing colon lost')
    if source.endswith('…') and not translation.endswith('…'):
        out.append('trailing ellipsis lost')
    if source.endswith('\n') != translation.endswith('\n'):
        out.append('trailing newline differs')
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    check_only = '--check-only' in sys.argv
    ts_path, map_paths = args[0], args[1:]
    entries = read_maps(map_paths)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    language = root.get('language', '')
    forms = 1 if language.startswith(('zh', 'ja', 'ko')) else 2
    used, bad, unfinished, filled = set(), 0, [], 0
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            source = msg.findtext('source') or ''
            comment = msg.findtext('comment') or ''
            numerus = msg.get('numerus') == 'yes'
            key = (name, source, comment)
            tr = msg.find('translation')
            if key not in entries:
                if tr is None or tr.get('type') == 'unfinished':
                    unfinished.append(key)
                continue
            used.add(key)
            text, where = entries[key]
            texts = text.split(' ||| ') if numerus else [text]
            if numerus and len(texts) != forms:
                print('%s: %d numerus form(s), %s needs %d' % (where, len(texts), language, forms))
                bad += 1
                continue
            found = [p for t in texts for p in problems(source, t, numerus)]
            if numerus and not all('%n' in t for t in texts):
                found.append('%n missing in a numerus form')
            if found:
                print('%s: %s: %s' % (where, source[:60], '; '.join(found)))
                bad += 1
                continue
            if tr is None:
                tr = ET.SubElement(msg, 'translation')
            tr.attrib.pop('type', None)
            tr.text = None
            for child in list(tr):
                tr.remove(child)
            if numerus:
                for t in texts:
                    ET.SubElement(tr, 'numerusform').text = t
            else:
                tr.text = texts[0]
            filled += 1
    for key in entries:
        if key not in used:
            print('%s: matches no message: [%s] %s' % (entries[key][1], key[0], key[1][:70]))
    for key in unfinished:
        print('unfinished: [%s] %s' % (key[0], key[1][:70]))
    print('%s: %d filled, %d problem(s), %d unfinished' % (ts_path, filled, bad, len(unfinished)), file=sys.stderr)
    if bad:
        sys.exit(1)
    if not check_only:
        body = ET.tostring(root, encoding='unicode')
        with open(ts_path, 'w', encoding='utf-8') as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


if __name__ == '__main__':
    main()
