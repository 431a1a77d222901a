<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The default token expiry (now + 24 h) is after 2106.</source>
        <translation>默认的 Token 过期时间（当前时间 + 24 小时）晚于 2106 年。</translation>
    </message>
</context>
</TS>
