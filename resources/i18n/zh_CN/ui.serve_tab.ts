<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>IssuedModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>签发给</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Select the row to open the token in the decoder pane.</source>
        <translation>选中此行即可在解析器面板中打开该 Token。</translation>
    </message>
    <message>
        <source>Built, with warnings:</source>
        <translation>已生成，但有警告：</translation>
    </message>
</context>
<context>
    <name>ServeTab</name>
    <message>
        <source>Anyone on this network can get tokens for this App ID while the server runs. Use it on a network you trust, set limits, and stop the server when the test is done.</source>
        <translation>服务器运行期间，此网络中的任何人都能获取此 App ID 的 Token。请只在可信的网络中使用，设置限制，并在测试结束后停止服务器。</translation>
    </message>
    <message>
        <source>A drop-in for the community token server: point a test build&apos;s token URL here (routes such as /rtc/CHANNEL/publisher/uid/UID/). Uses the App ID and certificate above.</source>
        <translation>可直接替代社区版 Token 服务器：把测试版应用的 Token 地址指向这里（路由如 /rtc/CHANNEL/publisher/uid/UID/）。使用上方的 App ID 和 App 证书。</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>启动服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>启动服务器</translation>
    </message>
    <message>
        <source>Stop serve&amp;r</source>
        <translation>停止服务器(&amp;R)</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>停止服务器</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>谁可以连接</translation>
    </message>
    <message>
        <source>This computer &amp;only (127.0.0.1)</source>
        <translation>仅本机(&amp;O)（127.0.0.1）</translation>
    </message>
    <message>
        <source>Local &amp;network, for phones (0.0.0.0)</source>
        <translation>局域网，供手机使用(&amp;N)（0.0.0.0）</translation>
    </message>
    <message>
        <source>Port nu&amp;mber</source>
        <translation>端口号(&amp;M)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>TCP port; 0 picks any free port.</source>
        <translation>TCP 端口；0 表示任选一个空闲端口。</translation>
    </message>
    <message>
        <source>Bro&amp;wsers</source>
        <translation>浏览器(&amp;W)</translation>
    </message>
    <message>
        <source>Allowed browser origins</source>
        <translation>允许的浏览器来源</translation>
    </message>
    <message>
        <source>empty: no browsers; * for any; or exact origins</source>
        <translation>留空：不允许浏览器；* 表示任意来源；或填写确切的来源</translation>
    </message>
    <message>
        <source>Network warning</source>
        <translation>网络警告</translation>
    </message>
    <message>
        <source>Limits (none by default)</source>
        <translation>限制（默认不限）</translation>
    </message>
    <message>
        <source>Ch&amp;annels</source>
        <translation>频道(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Ma&amp;x lifetime</source>
        <translation>最长有效期(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Bearer secret</source>
        <translation>Bearer 密钥(&amp;B)</translation>
    </message>
    <message>
        <source>Allowed channels</source>
        <translation>允许的频道</translation>
    </message>
    <message>
        <source>any; or patterns such as qa-*, demo</source>
        <translation>任意；或填写模式，如 qa-*, demo</translation>
    </message>
    <message>
        <source>Allowed users</source>
        <translation>允许的用户</translation>
    </message>
    <message>
        <source>any; or uids and accounts such as 1??, alice</source>
        <translation>任意；或填写 uid 和账号，如 1??, alice</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Maximum lifetime</source>
        <translation>最长有效期</translation>
    </message>
    <message>
        <source>Bearer secret</source>
        <translation>Bearer 密钥</translation>
    </message>
    <message>
        <source>none; clients then send Authorization: Bearer …</source>
        <translation>无；设置后客户端需发送 Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Token URL for your test build</source>
        <translation>测试版应用使用的 Token 地址</translation>
    </message>
    <message>
        <source>Token server URLs</source>
        <translation>Token 服务器地址</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>QR code of the selected URL</source>
        <translation>所选地址的二维码</translation>
    </message>
    <message>
        <source>Issued tokens (select one to decode it)</source>
        <translation>已签发的 Token（选中一个即可解析）</translation>
    </message>
    <message>
        <source>Issued tokens</source>
        <translation>已签发的 Token</translation>
    </message>
    <message>
        <source>For&amp;get list</source>
        <translation>清空列表(&amp;G)</translation>
    </message>
    <message>
        <source>Clear issued tokens</source>
        <translation>清空已签发的 Token</translation>
    </message>
    <message>
        <source>Token server started at {urls}.</source>
        <translation>Token 服务器已在 {urls} 启动。</translation>
    </message>
    <message>
        <source>Token server stopped.</source>
        <translation>Token 服务器已停止。</translation>
    </message>
    <message>
        <source>No App Certificate: type it in the App Certificate field at the top of the window.</source>
        <translation>没有 App 证书：请在窗口顶部的 App 证书输入框中填写。</translation>
    </message>
    <message>
        <source>The App Certificate in the App Certificate field must be 32 hexadecimal characters; it has {count}.</source>
        <translation>App 证书输入框中的 App 证书必须是 32 个十六进制字符；现在是 {count} 个。</translation>
    </message>
    <message>
        <source>No App ID: type it in the App ID field at the top of the window.</source>
        <translation>没有 App ID：请在窗口顶部的 App ID 输入框中填写。</translation>
    </message>
    <message>
        <source>The App ID in the App ID field must be 32 hexadecimal characters; it has {count}.</source>
        <translation>App ID 输入框中的 App ID 必须是 32 个十六进制字符；现在是 {count} 个。</translation>
    </message>
    <message>
        <source>another program uses that port</source>
        <translation>另一个程序正在使用该端口</translation>
    </message>
    <message>
        <source>the system does not allow it</source>
        <translation>系统不允许</translation>
    </message>
    <message>
        <source>Cannot listen on {host} port {port}: {reason}. Choose another port (0 = any free port).</source>
        <translation>无法在 {host} 的 {port} 端口监听：{reason}。请换一个端口（0 = 任选空闲端口）。</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>未运行。</translation>
    </message>
    <message>
        <source>Serving on the local network, port {port}.</source>
        <translation>正在局域网中提供服务，端口 {port}。</translation>
    </message>
    <message>
        <source>Serving on this computer only, port {port}.</source>
        <translation>正在本机提供服务，端口 {port}。</translation>
    </message>
    <message>
        <source>{requests} request(s), {tokens} token(s) listed.</source>
        <translation>已列出 {requests} 个请求、{tokens} 个 Token。</translation>
    </message>
    <message>
        <source>RTC token: {url}/rtc/CHANNEL/publisher/uid/UID/
RTM token: {url}/rtm/USER/   ·   JSON API: POST {url}/getToken</source>
        <translation>RTC Token：{url}/rtc/CHANNEL/publisher/uid/UID/
RTM Token：{url}/rtm/USER/   ·   JSON API：POST {url}/getToken</translation>
    </message>
    <message>
        <source>Scan with a phone: {url}</source>
        <translation>用手机扫码：{url}</translation>
    </message>
    <message>
        <source>QR codes need the segno package.</source>
        <translation>显示二维码需要安装 segno 包。</translation>
    </message>
    <message>
        <source>Copied {url}</source>
        <translation>已复制 {url}</translation>
    </message>
</context>
</TS>
