<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>A text field is {size} bytes long; tokens can hold at most 65535 bytes.</source>
        <translation>某个文本字段长 {size} 字节；Token 最多只能容纳 65535 字节。</translation>
    </message>
    <message>
        <source>The {what} ends early: {size} bytes needed at offset {offset} for {field}, {left} left; the token is probably cut off.</source>
        <translation>{what}提前结束：偏移 {offset} 处的{field}需要 {size} 字节，只剩 {left} 字节；Token 可能被截断了。</translation>
    </message>
</context>
</TS>
