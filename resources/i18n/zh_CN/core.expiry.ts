<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Never expires.</source>
        <translation>永不过期。</translation>
    </message>
    <message>
        <source>Expires in {duration}.</source>
        <translation>{duration}后过期。</translation>
    </message>
    <message>
        <source>Expires now.</source>
        <translation>现在过期。</translation>
    </message>
    <message>
        <source>Expired {duration} ago.</source>
        <translation>已于{duration}前过期。</translation>
    </message>
</context>
</TS>
