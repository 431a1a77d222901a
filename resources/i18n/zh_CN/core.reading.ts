<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>{start}… ({count} characters)</source>
        <extracomment>Deepest nesting of JSON arrays and objects accepted (requests need 3). Longest integer accepted, in digits (timestamps and uids need 10; 40 leaves room to say &quot;out of range&quot; about a mistyped number instead of &quot;too long&quot;). Longest line of a batch or token file, in characters. Largest CSV cell, in characters (below the csv module&apos;s own 131,072 so ours speaks first).</extracomment>
        <translation>{start}…（{count} 个字符）</translation>
    </message>
    <message>
        <source>gives the key {key} twice; keep one so it is clear which applies</source>
        <translation>两次给出了键 {key}；请只保留一个，以明确哪个生效</translation>
    </message>
    <message>
        <source>has a number of {digits} digits; numbers here have at most {limit}</source>
        <translation>有一个 {digits} 位的数字；这里的数字最多 {limit} 位</translation>
    </message>
    <message>
        <source>has a number written with {count} characters; that is too long</source>
        <translation>有一个用 {count} 个字符写成的数字；太长了</translation>
    </message>
    <message>
        <source>has the number {number}, which is too large to represent</source>
        <translation>有数字 {number}，它太大，无法表示</translation>
    </message>
    <message>
        <source>has {text}, which JSON does not allow as a number</source>
        <translation>有 {text}，JSON 不允许它作为数字</translation>
    </message>
    <message>
        <source>{subject} nests JSON deeper than {limit} levels; no request needs that many.</source>
        <translation>{subject}的 JSON 嵌套超过 {limit} 层；没有请求需要这么多层。</translation>
    </message>
    <message>
        <source>{subject} {reason}.</source>
        <translation>{subject}{reason}。</translation>
    </message>
    <message>
        <source>{subject} is not valid JSON ({reason} at line {line} column {column}).</source>
        <translation>{subject}不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）。</translation>
    </message>
    <message>
        <source>{subject} is not valid JSON ({reason} at column {column}).</source>
        <translation>{subject}不是有效的 JSON（第 {column} 列：{reason}）。</translation>
    </message>
    <message>
        <source>{subject} cannot be read as JSON ({error}).</source>
        <translation>无法将{subject}读取为 JSON（{error}）。</translation>
    </message>
    <message>
        <source>The JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>第 {number} 行</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>缺少 &apos;,&apos; 分隔符</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>缺少 &apos;:&apos; 分隔符</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>缺少用双引号括起的属性名</translation>
    </message>
    <message>
        <source>Unterminated string starting</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>Invalid control character</source>
        <translation>无效的控制字符</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>多余的数据</translation>
    </message>
    <message>
        <source>Unexpected UTF-8 BOM (decode using utf-8-sig)</source>
        <translation>意外的 UTF-8 BOM（请用 utf-8-sig 解码）</translation>
    </message>
    <message>
        <source>text of {count} characters</source>
        <translation>{count} 个字符的文本</translation>
    </message>
    <message>
        <source>{subject} must be a whole number written with the digits 0-9; got {value}.</source>
        <translation>{subject}必须是用数字 0-9 写成的整数；实际为 {value}。</translation>
    </message>
    <message>
        <source>{subject} has {digits} digits; it must be at most {limit}.</source>
        <translation>{subject}有 {digits} 位数字；最多只能有 {limit} 位。</translation>
    </message>
    <message>
        <source>{subject} must be in {span}; got {value}.</source>
        <translation>{subject}必须在 {span} 范围内；实际为 {value}。</translation>
    </message>
    <message>
        <source>Line {number} is not UTF-8 text (byte 0x{byte} at column {column}); it was skipped.</source>
        <translation>第 {number} 行不是 UTF-8 文本（第 {column} 列的字节 0x{byte}）；已跳过。</translation>
    </message>
    <message>
        <source>Line {number} has {size} {unit}; lines here have at most {limit} characters, so it was skipped.</source>
        <translation>第 {number} 行有 {size} {unit}；这里每行最多 {limit} 个字符，因此已跳过。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <source>{subject} is not UTF-8 text (byte 0x{byte} on line {line}, column {column}).</source>
        <translation>{subject}不是 UTF-8 文本（第 {line} 行第 {column} 列的字节 0x{byte}）。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line {number} must be a JSON object (a request), not {type}.</source>
        <translation>第 {number} 行必须是 JSON 对象（一个请求），而不是{type}。</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Line {number} has a cell of more than {size} characters; cells here have at most {limit}.</source>
        <translation>第 {number} 行有一个超过 {size} 个字符的单元格；这里的单元格最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Line {number} is not valid CSV ({reason}).</source>
        <translation>第 {number} 行不是有效的 CSV（{reason}）。</translation>
    </message>
    <message>
        <source>Line {number}: cell {cell} has {size} characters; cells here have at most {limit}.</source>
        <translation>第 {number} 行：第 {cell} 个单元格有 {size} 个字符；这里的单元格最多 {limit} 个字符。</translation>
    </message>
</context>
</TS>
