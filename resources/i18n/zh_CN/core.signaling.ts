<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>App ID of this signaling token</source>
        <translation>此 signaling Token 的 App ID</translation>
    </message>
    <message>
        <source>A signaling token looks like &apos;1:&lt;app id&gt;:&lt;expiry seconds&gt;:&lt;32 lowercase hex&gt;&apos;; this text does not.</source>
        <translation>signaling Token 的格式为 &apos;1:&lt;app id&gt;:&lt;expiry seconds&gt;:&lt;32 lowercase hex&gt;&apos;；此文本不符合。</translation>
    </message>
    <message>
        <source>The expiry of this signaling token is {digits} digits long; a unix time has at most {limit}.</source>
        <translation>此 signaling Token 的过期时间有 {digits} 位数字；Unix 时间最多 {limit} 位。</translation>
    </message>
</context>
</TS>
