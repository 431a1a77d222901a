<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>joining</source>
        <translation>加入频道</translation>
    </message>
    <message>
        <source>publishing audio</source>
        <translation>发布音频流</translation>
    </message>
    <message>
        <source>publishing video</source>
        <translation>发布视频流</translation>
    </message>
    <message>
        <source>publishing data</source>
        <translation>发布数据流</translation>
    </message>
    <message>
        <source>RTM login</source>
        <translation>RTM 登录</translation>
    </message>
    <message>
        <source>publishing the mixed stream</source>
        <translation>发布合流</translation>
    </message>
    <message>
        <source>publishing the raw stream</source>
        <translation>发布原始流</translation>
    </message>
    <message>
        <source>FPA login</source>
        <translation>FPA 登录</translation>
    </message>
    <message>
        <source>Chat user access</source>
        <translation>Chat 用户访问</translation>
    </message>
    <message>
        <source>Chat app access</source>
        <translation>Chat 应用访问</translation>
    </message>
    <message>
        <source>CDN publishing</source>
        <translation>CDN 推流</translation>
    </message>
    <message>
        <source>CDN playback</source>
        <translation>CDN 播放</translation>
    </message>
    <message>
        <source>room access</source>
        <translation>房间访问</translation>
    </message>
    <message>
        <source>user access</source>
        <translation>用户访问</translation>
    </message>
    <message>
        <source>app access</source>
        <translation>应用访问</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布音频、视频和数据流</translation>
    </message>
    <message>
        <source>publishing audio and video</source>
        <translation>发布音视频流</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>加入频道</translation>
    </message>
    <message>
        <source>Publishing audio</source>
        <translation>发布音频流</translation>
    </message>
    <message>
        <source>Publishing video</source>
        <translation>发布视频流</translation>
    </message>
    <message>
        <source>Publishing data</source>
        <translation>发布数据流</translation>
    </message>
    <message>
        <source>Publishing the mixed stream</source>
        <translation>发布合流</translation>
    </message>
    <message>
        <source>Publishing the raw stream</source>
        <translation>发布原始流</translation>
    </message>
    <message>
        <source>Room access</source>
        <translation>房间访问</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>用户访问</translation>
    </message>
    <message>
        <source>App access</source>
        <translation>应用访问</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>发布音频、视频和数据流</translation>
    </message>
    <message>
        <source>Publishing audio and video</source>
        <translation>发布音视频流</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>密钥</translation>
    </message>
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
    <message>
        <source>{names} never stop</source>
        <translation>{names}永不停止</translation>
    </message>
    <message>
        <source>{names} never stops</source>
        <translation>{names}永不停止</translation>
    </message>
    <message>
        <source>{names} stopped {duration} ago</source>
        <translation>{names}已于{duration}前停止</translation>
    </message>
    <message>
        <source>{names} stop in {duration}</source>
        <translation>{names}将在{duration}后停止</translation>
    </message>
    <message>
        <source>{names} stops in {duration}</source>
        <translation>{names}将在{duration}后停止</translation>
    </message>
    <message>
        <source>{names} work for {duration}</source>
        <translation>{names}还可用{duration}</translation>
    </message>
    <message>
        <source>{names} works for {duration}</source>
        <translation>{names}还可用{duration}</translation>
    </message>
    <message>
        <source>the token itself expires in {duration}</source>
        <translation>Token 本身将在{duration}后过期</translation>
    </message>
    <message>
        <source>the token itself expired {duration} ago</source>
        <translation>Token 本身已于{duration}前过期</translation>
    </message>
    <message>
        <source>{clauses}; {clause}</source>
        <translation>{clauses}；{clause}</translation>
    </message>
    <message>
        <source>{clauses}.</source>
        <translation>{clauses}。</translation>
    </message>
    <message>
        <source>{what}: never ends</source>
        <translation>{what}：永不结束</translation>
    </message>
    <message>
        <source>{what}: until {utc} ({relative})</source>
        <translation>{what}：至 {utc}（{relative}）</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <translation>{names}、{name}</translation>
    </message>
    <message>
        <source>{names} and {name}</source>
        <translation>{names}和{name}</translation>
    </message>
    <message>
        <source>{capability} ({where})</source>
        <translation>{capability}（{where}）</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Unknown: the expiry is encrypted; open the key with the App Certificate.</source>
        <translation>未知：过期时间已加密；请用 App 证书打开该密钥。</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>{label} = {seconds} s looks like a unix time ({utc}), not a duration: 007 counts seconds after the issue time, so pass {example}, not now + {example}.</source>
        <translation>{label} = {seconds} 秒看起来是 Unix 时间戳（{utc}），而不是时长：007 按签发时间之后的秒数计算，因此应传入 {example}，而不是当前时间 + {example}。</translation>
    </message>
    <message>
        <source>{label} = {instant} looks like a duration, not a unix time: it means {utc}, long expired, so pass the current unix time + {instant}, not {instant}.</source>
        <translation>{label} = {instant} 看起来是时长，而不是 Unix 时间戳：它表示 {utc}，早已过期，因此应传入当前 Unix 时间戳 + {instant}，而不是 {instant}。</translation>
    </message>
    <message>
        <source>Give 007 lifetimes in seconds after the issue time (3600), and 006, DynamicKey and signaling expiries as absolute unix times (now + 3600).</source>
        <translation>007 的有效期请用签发时间之后的秒数（3600），006、DynamicKey 和信令 Token 的过期时间请用绝对 Unix 时间戳（当前时间 + 3600）。</translation>
    </message>
    <message>
        <source>The lifetime</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>{service} privilege {pid}</source>
        <translation>{service} 权限 {pid}</translation>
    </message>
    <message>
        <source>The token expiry (ts)</source>
        <translation>Token 过期时间（ts）</translation>
    </message>
    <message>
        <source>Privilege {pid}</source>
        <translation>权限 {pid}</translation>
    </message>
    <message>
        <source>The expiry</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>{privilege} ends {duration} earlier than {token}: what it allows stops then, while the token still looks valid; use the same value (or 0) to end them together.</source>
        <translation>{privilege}比{token}早 {duration} 结束：届时它所允许的操作会停止，而 Token 看起来仍然有效；请使用相同的值（或 0）让二者同时结束。</translation>
    </message>
</context>
</TS>
